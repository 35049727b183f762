stub: upstream file of 17925 bytes
