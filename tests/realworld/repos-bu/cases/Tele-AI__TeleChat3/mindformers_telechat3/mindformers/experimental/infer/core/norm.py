stub: upstream file of 5483 bytes
