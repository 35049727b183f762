stub: upstream file of 1787 bytes
