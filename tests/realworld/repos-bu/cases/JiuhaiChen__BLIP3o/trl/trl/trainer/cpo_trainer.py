stub: upstream file of 51705 bytes
