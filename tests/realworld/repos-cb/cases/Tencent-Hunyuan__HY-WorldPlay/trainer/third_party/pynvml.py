stub: upstream file of 234584 bytes
