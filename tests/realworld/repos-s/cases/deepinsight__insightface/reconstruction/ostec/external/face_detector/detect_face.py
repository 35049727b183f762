stub: upstream file of 22601 bytes
