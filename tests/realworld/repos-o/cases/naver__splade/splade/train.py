stub: upstream file of 11527 bytes
