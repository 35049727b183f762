stub: upstream file of 7545 bytes
