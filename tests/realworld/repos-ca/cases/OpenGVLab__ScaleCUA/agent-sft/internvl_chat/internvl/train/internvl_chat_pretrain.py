stub: upstream file of 55138 bytes
