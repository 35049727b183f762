stub: upstream file of 431 bytes
