stub: upstream file of 18398 bytes
