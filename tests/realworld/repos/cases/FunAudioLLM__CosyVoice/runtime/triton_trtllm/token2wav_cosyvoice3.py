stub: upstream file of 19483 bytes
