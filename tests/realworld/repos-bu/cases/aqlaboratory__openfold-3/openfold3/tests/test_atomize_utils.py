stub: upstream file of 33835 bytes
