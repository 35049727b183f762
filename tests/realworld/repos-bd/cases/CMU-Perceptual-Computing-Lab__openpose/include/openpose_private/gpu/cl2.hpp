stub: upstream file of 299431 bytes
