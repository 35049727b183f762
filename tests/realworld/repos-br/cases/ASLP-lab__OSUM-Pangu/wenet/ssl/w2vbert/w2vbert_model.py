stub: upstream file of 13438 bytes
