stub: upstream file of 28679 bytes
