stub: upstream file of 29893 bytes
