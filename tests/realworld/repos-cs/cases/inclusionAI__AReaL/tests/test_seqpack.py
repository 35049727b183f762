stub: upstream file of 43867 bytes
