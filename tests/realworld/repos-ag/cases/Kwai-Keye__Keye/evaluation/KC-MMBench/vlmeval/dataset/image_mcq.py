stub: upstream file of 95396 bytes
