stub: upstream file of 2527 bytes
