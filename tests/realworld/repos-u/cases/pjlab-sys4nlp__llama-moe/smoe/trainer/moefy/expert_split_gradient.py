stub: upstream file of 25535 bytes
