stub: upstream file of 11679 bytes
