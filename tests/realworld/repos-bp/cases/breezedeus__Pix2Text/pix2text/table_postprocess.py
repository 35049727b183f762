stub: upstream file of 37328 bytes
