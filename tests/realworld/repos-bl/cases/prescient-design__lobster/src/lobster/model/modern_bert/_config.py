stub: upstream file of 15248 bytes
