stub: upstream file of 33580 bytes
