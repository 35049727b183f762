stub: upstream file of 358 bytes
