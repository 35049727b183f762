stub: upstream file of 53419 bytes
