stub: upstream file of 18988 bytes
