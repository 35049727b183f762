stub: upstream file of 26312 bytes
