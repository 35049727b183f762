stub: upstream file of 3016 bytes
