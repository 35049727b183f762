stub: upstream file of 21512 bytes
