stub: upstream file of 14160 bytes
