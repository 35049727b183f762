stub: upstream file of 12906 bytes
