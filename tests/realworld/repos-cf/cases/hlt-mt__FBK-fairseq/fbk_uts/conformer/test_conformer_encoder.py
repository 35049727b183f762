stub: upstream file of 5701 bytes
