stub: upstream file of 9787 bytes
