stub: upstream file of 18059 bytes
