stub: upstream file of 13954 bytes
