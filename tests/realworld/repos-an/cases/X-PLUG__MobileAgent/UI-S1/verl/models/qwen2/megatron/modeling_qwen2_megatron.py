stub: upstream file of 30741 bytes
