stub: upstream file of 15662 bytes
