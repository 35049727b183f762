stub: upstream file of 32297 bytes
