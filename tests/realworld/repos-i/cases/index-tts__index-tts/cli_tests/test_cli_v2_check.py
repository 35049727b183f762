stub: upstream file of 54884 bytes
