stub: upstream file of 22540 bytes
