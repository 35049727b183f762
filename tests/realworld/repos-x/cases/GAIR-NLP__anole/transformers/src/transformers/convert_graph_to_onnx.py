stub: upstream file of 20151 bytes
