stub: upstream file of 14679 bytes
