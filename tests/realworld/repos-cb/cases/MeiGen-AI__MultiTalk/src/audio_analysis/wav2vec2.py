stub: upstream file of 4508 bytes
