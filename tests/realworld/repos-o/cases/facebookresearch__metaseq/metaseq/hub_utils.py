stub: upstream file of 17725 bytes
