stub: upstream file of 22392 bytes
