stub: upstream file of 20171 bytes
