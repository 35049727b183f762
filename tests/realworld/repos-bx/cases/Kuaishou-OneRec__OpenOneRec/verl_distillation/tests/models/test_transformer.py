stub: upstream file of 9482 bytes
