stub: upstream file of 11255 bytes
