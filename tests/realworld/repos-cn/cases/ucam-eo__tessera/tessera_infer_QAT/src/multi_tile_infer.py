stub: upstream file of 9679 bytes
