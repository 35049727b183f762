stub: upstream file of 22691 bytes
