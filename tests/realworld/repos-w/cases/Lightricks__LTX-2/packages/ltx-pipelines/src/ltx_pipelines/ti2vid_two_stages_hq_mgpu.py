stub: upstream file of 12573 bytes
