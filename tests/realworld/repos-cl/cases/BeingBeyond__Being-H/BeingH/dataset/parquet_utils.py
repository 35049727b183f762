stub: upstream file of 6415 bytes
