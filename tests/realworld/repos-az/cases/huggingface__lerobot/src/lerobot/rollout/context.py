stub: upstream file of 25460 bytes
