stub: upstream file of 17486 bytes
