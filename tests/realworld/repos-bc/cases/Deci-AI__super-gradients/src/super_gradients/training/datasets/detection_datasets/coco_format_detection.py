stub: upstream file of 15016 bytes
