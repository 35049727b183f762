stub: upstream file of 966 bytes
