stub: upstream file of 18090 bytes
