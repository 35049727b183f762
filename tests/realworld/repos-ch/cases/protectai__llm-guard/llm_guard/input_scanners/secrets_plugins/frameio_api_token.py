stub: upstream file of 482 bytes
