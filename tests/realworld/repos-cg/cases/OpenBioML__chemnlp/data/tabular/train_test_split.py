stub: upstream file of 34016 bytes
