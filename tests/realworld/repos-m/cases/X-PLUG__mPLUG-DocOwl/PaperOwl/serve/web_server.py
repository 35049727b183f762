stub: upstream file of 18560 bytes
