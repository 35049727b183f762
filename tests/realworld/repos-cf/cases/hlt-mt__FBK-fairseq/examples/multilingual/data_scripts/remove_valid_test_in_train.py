stub: upstream file of 11447 bytes
