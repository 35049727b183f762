stub: upstream file of 10517 bytes
