stub: upstream file of 11012 bytes
