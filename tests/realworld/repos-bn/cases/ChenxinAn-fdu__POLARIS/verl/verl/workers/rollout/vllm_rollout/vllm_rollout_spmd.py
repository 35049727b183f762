stub: upstream file of 19044 bytes
