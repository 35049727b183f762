stub: upstream file of 17436 bytes
