stub: upstream file of 29265 bytes
