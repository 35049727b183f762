stub: upstream file of 7290 bytes
