stub: upstream file of 21610 bytes
