stub: upstream file of 50704 bytes
