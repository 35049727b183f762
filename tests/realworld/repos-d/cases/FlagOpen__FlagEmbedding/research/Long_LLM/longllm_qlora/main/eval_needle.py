stub: upstream file of 15517 bytes
