stub: upstream file of 12319 bytes
