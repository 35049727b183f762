stub: upstream file of 13972 bytes
