stub: upstream file of 11483 bytes
