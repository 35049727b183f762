stub: upstream file of 14883 bytes
