stub: upstream file of 11627 bytes
