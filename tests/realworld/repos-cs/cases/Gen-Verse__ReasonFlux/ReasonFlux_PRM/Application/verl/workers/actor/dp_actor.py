stub: upstream file of 22006 bytes
