stub: upstream file of 15995 bytes
