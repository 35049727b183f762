stub: upstream file of 5517 bytes
