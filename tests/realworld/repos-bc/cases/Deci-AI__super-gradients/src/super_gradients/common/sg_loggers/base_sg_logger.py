stub: upstream file of 17397 bytes
