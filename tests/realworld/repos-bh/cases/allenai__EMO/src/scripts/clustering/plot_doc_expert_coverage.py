stub: upstream file of 15456 bytes
