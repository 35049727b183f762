stub: upstream file of 23483 bytes
