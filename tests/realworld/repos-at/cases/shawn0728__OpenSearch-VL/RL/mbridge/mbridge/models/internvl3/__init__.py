stub: upstream file of 24608 bytes
