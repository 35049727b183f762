stub: upstream file of 5656 bytes
