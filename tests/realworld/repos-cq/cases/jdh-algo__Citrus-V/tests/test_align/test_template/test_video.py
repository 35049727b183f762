stub: upstream file of 9621 bytes
