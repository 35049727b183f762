stub: upstream file of 3541 bytes
