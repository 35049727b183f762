stub: upstream file of 28787 bytes
