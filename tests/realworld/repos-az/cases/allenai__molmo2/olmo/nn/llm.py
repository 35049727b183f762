stub: upstream file of 95721 bytes
