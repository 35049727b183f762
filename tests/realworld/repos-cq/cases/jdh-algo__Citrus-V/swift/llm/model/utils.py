stub: upstream file of 18740 bytes
