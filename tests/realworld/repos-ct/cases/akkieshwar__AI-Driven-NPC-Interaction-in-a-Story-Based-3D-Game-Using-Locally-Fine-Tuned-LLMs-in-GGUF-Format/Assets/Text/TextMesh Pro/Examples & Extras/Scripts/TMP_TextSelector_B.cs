stub: upstream file of 24604 bytes
