stub: upstream file of 20365 bytes
