stub: upstream file of 30893 bytes
