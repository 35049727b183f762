stub: upstream file of 14009 bytes
