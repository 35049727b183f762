stub: upstream file of 23066 bytes
