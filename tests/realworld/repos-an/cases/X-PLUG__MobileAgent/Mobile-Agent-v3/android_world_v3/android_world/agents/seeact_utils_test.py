stub: upstream file of 14855 bytes
