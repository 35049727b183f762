stub: upstream file of 17284 bytes
