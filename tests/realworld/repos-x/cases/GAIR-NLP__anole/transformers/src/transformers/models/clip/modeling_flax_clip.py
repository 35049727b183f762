stub: upstream file of 50517 bytes
