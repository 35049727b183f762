stub: upstream file of 11508 bytes
