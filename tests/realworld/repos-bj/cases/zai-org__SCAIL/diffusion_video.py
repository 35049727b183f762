stub: upstream file of 35382 bytes
