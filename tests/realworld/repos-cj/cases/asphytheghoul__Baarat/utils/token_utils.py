stub: upstream file of 3621 bytes
