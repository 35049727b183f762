stub: upstream file of 1504080 bytes
