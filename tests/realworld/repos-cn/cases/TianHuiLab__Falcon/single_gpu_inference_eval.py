stub: upstream file of 13881 bytes
