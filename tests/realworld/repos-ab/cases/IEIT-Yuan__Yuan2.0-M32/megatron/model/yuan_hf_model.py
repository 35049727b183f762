stub: upstream file of 55331 bytes
