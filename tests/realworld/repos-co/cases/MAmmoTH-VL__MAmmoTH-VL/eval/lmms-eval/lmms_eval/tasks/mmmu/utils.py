stub: upstream file of 16944 bytes
