stub: upstream file of 14523 bytes
