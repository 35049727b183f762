stub: upstream file of 25661 bytes
