stub: upstream file of 25492 bytes
