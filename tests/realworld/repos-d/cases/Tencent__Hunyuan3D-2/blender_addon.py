stub: upstream file of 13508 bytes
