stub: upstream file of 1474 bytes
