stub: upstream file of 8460 bytes
