stub: upstream file of 3015 bytes
