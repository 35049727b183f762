stub: upstream file of 45358 bytes
