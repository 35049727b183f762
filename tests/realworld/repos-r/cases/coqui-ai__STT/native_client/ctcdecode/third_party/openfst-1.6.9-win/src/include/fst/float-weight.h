stub: upstream file of 24647 bytes
