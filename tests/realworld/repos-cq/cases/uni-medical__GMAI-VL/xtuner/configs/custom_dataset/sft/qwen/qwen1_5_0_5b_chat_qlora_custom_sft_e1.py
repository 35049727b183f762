stub: upstream file of 7447 bytes
