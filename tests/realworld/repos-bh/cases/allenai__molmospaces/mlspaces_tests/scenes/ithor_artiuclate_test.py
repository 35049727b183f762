stub: upstream file of 63483 bytes
