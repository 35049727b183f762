stub: upstream file of 62549 bytes
