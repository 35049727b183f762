stub: upstream file of 8862 bytes
