stub: upstream file of 13862 bytes
