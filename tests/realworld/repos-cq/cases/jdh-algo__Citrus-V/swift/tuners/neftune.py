stub: upstream file of 2483 bytes
