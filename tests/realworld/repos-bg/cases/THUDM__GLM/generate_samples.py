stub: upstream file of 13845 bytes
