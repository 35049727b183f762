stub: upstream file of 46449 bytes
