stub: upstream file of 21882 bytes
