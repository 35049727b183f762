stub: upstream file of 15452 bytes
