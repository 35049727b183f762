stub: upstream file of 10610 bytes
