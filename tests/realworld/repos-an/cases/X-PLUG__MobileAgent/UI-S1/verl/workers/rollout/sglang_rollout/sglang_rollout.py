stub: upstream file of 54675 bytes
