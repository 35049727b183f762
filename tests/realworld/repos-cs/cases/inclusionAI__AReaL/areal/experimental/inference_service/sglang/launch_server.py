stub: upstream file of 2855 bytes
