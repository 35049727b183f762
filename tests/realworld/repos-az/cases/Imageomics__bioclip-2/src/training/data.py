stub: upstream file of 22499 bytes
