stub: upstream file of 19978 bytes
