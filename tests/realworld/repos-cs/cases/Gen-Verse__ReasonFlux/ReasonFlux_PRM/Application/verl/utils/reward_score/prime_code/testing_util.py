stub: upstream file of 25224 bytes
