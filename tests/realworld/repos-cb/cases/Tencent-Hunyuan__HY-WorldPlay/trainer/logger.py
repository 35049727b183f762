stub: upstream file of 10721 bytes
