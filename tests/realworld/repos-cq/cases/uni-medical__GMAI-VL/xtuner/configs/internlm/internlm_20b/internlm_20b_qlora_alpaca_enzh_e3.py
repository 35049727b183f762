stub: upstream file of 7716 bytes
