stub: upstream file of 10549 bytes
