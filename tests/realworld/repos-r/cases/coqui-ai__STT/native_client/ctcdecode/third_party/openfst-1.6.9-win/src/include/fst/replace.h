stub: upstream file of 56199 bytes
