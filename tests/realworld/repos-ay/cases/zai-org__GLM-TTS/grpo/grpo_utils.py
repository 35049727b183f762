stub: upstream file of 18475 bytes
