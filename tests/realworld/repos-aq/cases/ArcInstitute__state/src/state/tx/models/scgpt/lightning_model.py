stub: upstream file of 11614 bytes
