stub: upstream file of 112565 bytes
