stub: upstream file of 11120 bytes
