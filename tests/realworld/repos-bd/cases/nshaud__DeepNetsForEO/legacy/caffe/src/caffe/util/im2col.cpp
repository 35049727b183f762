stub: upstream file of 9476 bytes
