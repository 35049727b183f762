stub: upstream file of 7526 bytes
