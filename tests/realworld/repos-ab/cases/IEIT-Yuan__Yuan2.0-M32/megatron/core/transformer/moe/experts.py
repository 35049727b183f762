stub: upstream file of 8439 bytes
