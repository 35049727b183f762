stub: upstream file of 9893 bytes
