stub: upstream file of 15331 bytes
