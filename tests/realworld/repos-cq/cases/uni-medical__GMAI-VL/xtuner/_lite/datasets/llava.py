stub: upstream file of 14483 bytes
