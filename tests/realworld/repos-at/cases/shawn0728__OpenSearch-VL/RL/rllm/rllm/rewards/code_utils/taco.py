stub: upstream file of 25585 bytes
