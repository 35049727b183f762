stub: upstream file of 5683 bytes
