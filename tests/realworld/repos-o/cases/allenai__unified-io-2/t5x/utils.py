stub: upstream file of 71018 bytes
