stub: upstream file of 13534 bytes
