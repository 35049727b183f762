stub: upstream file of 20412 bytes
