stub: upstream file of 9741 bytes
