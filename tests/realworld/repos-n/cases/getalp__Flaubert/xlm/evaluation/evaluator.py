stub: upstream file of 25343 bytes
