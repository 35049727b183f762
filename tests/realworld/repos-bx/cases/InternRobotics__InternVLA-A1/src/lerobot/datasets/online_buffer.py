stub: upstream file of 17675 bytes
