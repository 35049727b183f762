stub: upstream file of 6312 bytes
