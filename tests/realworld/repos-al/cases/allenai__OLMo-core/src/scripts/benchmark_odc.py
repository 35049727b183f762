stub: upstream file of 17741 bytes
