stub: upstream file of 19508 bytes
