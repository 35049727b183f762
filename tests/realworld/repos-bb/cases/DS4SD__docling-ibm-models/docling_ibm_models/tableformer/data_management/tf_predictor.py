stub: upstream file of 39008 bytes
