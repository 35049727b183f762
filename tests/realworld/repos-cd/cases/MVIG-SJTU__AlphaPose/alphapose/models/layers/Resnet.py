stub: upstream file of 7883 bytes
