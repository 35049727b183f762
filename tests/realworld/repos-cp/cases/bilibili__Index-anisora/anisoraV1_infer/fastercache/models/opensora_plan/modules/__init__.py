stub: upstream file of 527 bytes
