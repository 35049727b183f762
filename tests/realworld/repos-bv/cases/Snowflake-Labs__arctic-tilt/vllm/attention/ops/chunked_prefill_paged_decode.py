stub: upstream file of 12441 bytes
