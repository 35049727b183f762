stub: upstream file of 42601 bytes
