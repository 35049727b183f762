stub: upstream file of 15137 bytes
