stub: upstream file of 37571 bytes
