stub: upstream file of 13624 bytes
