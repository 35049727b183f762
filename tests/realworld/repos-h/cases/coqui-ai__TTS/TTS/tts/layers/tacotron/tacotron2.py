stub: upstream file of 15855 bytes
