stub: upstream file of 1299630 bytes
