stub: upstream file of 172 bytes
