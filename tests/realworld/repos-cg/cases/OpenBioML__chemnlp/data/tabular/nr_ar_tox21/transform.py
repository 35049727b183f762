stub: upstream file of 12004 bytes
