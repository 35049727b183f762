stub: upstream file of 3358 bytes
