stub: upstream file of 18233 bytes
