stub: upstream file of 4571 bytes
