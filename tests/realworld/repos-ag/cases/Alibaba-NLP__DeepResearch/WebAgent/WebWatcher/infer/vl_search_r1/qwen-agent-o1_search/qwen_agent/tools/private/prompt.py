stub: upstream file of 11787 bytes
