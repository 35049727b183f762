stub: upstream file of 82721 bytes
