stub: upstream file of 25787 bytes
