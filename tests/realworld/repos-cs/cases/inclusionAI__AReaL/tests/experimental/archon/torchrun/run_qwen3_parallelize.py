stub: upstream file of 19007 bytes
