stub: upstream file of 36008 bytes
