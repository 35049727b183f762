stub: upstream file of 29483 bytes
