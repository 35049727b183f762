stub: upstream file of 43387 bytes
