stub: upstream file of 10817 bytes
