stub: upstream file of 9447 bytes
