stub: upstream file of 744 bytes
