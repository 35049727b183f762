stub: upstream file of 9566 bytes
