stub: upstream file of 31461 bytes
