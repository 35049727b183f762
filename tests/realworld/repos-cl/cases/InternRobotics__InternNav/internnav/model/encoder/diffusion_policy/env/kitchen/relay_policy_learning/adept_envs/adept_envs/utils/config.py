stub: upstream file of 3604 bytes
