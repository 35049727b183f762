stub: upstream file of 6787 bytes
