stub: upstream file of 6393 bytes
