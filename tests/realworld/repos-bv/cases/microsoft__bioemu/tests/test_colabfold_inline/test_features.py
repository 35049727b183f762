stub: upstream file of 8420 bytes
