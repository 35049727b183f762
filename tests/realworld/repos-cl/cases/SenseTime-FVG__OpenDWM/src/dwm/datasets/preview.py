stub: upstream file of 12681 bytes
