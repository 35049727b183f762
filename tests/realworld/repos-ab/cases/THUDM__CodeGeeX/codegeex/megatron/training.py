stub: upstream file of 51481 bytes
