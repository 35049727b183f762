stub: upstream file of 17216 bytes
