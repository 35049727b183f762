stub: upstream file of 16057 bytes
