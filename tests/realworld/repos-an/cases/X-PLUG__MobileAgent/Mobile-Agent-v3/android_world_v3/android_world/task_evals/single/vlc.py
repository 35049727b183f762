stub: upstream file of 9461 bytes
