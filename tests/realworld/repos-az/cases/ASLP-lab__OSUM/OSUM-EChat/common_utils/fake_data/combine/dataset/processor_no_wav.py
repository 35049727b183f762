stub: upstream file of 12817 bytes
