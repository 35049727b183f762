stub: upstream file of 1661 bytes
