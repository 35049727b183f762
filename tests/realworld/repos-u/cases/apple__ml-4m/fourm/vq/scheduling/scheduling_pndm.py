stub: upstream file of 21458 bytes
