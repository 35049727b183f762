stub: upstream file of 11424 bytes
