stub: upstream file of 9249 bytes
