stub: upstream file of 18721 bytes
