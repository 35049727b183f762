stub: upstream file of 5651 bytes
