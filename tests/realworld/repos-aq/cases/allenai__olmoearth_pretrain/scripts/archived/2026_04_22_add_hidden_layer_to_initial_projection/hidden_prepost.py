stub: upstream file of 15202 bytes
