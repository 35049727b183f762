stub: upstream file of 3415 bytes
