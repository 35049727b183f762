stub: upstream file of 11790 bytes
