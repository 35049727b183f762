stub: upstream file of 112236 bytes
