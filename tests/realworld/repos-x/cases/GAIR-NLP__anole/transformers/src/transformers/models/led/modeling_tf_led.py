stub: upstream file of 123070 bytes
