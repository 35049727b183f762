stub: upstream file of 5368 bytes
