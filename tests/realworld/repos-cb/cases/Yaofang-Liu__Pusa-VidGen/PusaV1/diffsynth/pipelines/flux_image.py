stub: upstream file of 33453 bytes
