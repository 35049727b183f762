stub: upstream file of 13378 bytes
