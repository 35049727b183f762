stub: upstream file of 5225 bytes
