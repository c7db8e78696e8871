export function App() {
  return (
    <main>
      <h1>TMT Lens</h1>
    </main>
  );
}
