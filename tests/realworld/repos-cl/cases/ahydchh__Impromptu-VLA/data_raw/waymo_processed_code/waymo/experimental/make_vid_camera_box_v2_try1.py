stub: upstream file of 6157 bytes
