stub: upstream file of 32682 bytes
