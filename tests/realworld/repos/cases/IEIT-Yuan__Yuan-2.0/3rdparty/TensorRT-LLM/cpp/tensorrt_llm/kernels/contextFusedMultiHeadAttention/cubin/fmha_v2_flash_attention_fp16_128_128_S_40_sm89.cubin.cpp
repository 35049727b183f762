stub: upstream file of 1017464 bytes
