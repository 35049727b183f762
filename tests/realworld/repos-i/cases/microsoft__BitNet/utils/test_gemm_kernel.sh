stub: upstream file of 20150 bytes
