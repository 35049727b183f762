stub: upstream file of 3393 bytes
