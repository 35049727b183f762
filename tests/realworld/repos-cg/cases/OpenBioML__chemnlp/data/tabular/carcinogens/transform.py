stub: upstream file of 12040 bytes
