stub: upstream file of 25020 bytes
