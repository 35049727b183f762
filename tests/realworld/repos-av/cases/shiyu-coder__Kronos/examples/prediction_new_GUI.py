stub: upstream file of 65400 bytes
