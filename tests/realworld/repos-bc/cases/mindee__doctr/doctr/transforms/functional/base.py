stub: upstream file of 6851 bytes
