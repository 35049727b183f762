stub: upstream file of 18154 bytes
