stub: upstream file of 12397 bytes
