stub: upstream file of 66255 bytes
