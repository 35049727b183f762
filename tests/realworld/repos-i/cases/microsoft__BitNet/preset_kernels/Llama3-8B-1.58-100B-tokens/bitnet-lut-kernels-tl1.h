stub: upstream file of 36959 bytes
