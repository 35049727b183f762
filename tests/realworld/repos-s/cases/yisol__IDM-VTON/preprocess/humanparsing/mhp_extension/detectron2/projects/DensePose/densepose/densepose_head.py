stub: upstream file of 46975 bytes
