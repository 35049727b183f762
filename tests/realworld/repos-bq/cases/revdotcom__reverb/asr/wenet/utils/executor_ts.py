stub: upstream file of 16045 bytes
