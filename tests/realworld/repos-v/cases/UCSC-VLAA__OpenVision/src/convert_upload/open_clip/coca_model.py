stub: upstream file of 18940 bytes
