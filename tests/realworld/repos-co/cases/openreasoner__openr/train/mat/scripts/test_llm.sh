stub: upstream file of 474 bytes
