stub: upstream file of 11610 bytes
