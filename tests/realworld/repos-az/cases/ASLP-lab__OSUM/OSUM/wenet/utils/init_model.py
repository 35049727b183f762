stub: upstream file of 8584 bytes
