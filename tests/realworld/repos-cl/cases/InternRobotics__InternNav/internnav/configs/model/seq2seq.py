stub: upstream file of 2482 bytes
