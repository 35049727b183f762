stub: upstream file of 58661 bytes
