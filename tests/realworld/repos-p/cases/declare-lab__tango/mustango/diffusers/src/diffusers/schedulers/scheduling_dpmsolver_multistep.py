stub: upstream file of 26092 bytes
