stub: upstream file of 31474 bytes
