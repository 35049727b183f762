stub: upstream file of 434 bytes
