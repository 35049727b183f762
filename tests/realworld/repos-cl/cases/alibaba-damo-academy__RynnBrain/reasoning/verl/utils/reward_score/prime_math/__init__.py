stub: upstream file of 12523 bytes
