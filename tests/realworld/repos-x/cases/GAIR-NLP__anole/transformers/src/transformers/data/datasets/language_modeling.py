stub: upstream file of 23721 bytes
