stub: upstream file of 7449 bytes
