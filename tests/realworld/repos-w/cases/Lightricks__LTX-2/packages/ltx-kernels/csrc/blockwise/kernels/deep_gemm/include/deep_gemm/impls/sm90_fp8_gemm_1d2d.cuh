stub: upstream file of 23048 bytes
