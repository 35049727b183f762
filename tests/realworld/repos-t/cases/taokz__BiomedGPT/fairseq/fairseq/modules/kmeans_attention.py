stub: upstream file of 20354 bytes
