stub: upstream file of 3225 bytes
