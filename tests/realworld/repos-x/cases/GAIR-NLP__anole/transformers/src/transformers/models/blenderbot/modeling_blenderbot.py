stub: upstream file of 76398 bytes
