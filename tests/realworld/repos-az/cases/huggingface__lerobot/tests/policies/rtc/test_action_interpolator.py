stub: upstream file of 19128 bytes
