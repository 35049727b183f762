stub: upstream file of 3738 bytes
