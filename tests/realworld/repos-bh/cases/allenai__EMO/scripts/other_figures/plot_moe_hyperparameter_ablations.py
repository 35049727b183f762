stub: upstream file of 4479 bytes
