stub: upstream file of 22741 bytes
