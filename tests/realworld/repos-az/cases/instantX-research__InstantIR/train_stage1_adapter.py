stub: upstream file of 52696 bytes
