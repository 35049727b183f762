stub: upstream file of 57506 bytes
