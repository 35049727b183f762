stub: upstream file of 6092 bytes
