stub: upstream file of 20160 bytes
