stub: upstream file of 2766 bytes
