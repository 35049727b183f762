stub: upstream file of 22434 bytes
