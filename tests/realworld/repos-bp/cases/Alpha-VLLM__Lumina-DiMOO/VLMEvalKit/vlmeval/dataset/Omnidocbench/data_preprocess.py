stub: upstream file of 18012 bytes
