stub: upstream file of 38721 bytes
