stub: upstream file of 25721 bytes
