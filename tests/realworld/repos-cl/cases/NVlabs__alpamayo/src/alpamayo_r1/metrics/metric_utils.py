stub: upstream file of 2092 bytes
