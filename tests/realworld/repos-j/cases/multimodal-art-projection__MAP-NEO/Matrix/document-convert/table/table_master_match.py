stub: upstream file of 36627 bytes
