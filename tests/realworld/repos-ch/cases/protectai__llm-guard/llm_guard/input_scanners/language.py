stub: upstream file of 3787 bytes
