stub: upstream file of 9713 bytes
