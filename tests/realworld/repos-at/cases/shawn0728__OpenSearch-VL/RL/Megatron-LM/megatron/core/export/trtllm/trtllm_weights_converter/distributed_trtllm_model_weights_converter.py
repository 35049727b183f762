stub: upstream file of 14206 bytes
