stub: upstream file of 4541 bytes
