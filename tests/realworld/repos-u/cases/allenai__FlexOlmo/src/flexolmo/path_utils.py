stub: upstream file of 15471 bytes
