stub: upstream file of 2545 bytes
