stub: upstream file of 8641 bytes
