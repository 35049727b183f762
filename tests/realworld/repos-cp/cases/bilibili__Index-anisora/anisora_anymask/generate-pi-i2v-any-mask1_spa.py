stub: upstream file of 19113 bytes
