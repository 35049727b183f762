stub: upstream file of 41393 bytes
