stub: upstream file of 5897 bytes
