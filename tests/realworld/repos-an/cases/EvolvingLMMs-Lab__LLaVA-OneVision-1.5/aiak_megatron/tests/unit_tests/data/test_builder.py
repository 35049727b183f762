stub: upstream file of 10307 bytes
