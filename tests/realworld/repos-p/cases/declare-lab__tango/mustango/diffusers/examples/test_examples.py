stub: upstream file of 16929 bytes
