stub: upstream file of 7389 bytes
