stub: upstream file of 6342 bytes
