stub: upstream file of 18939 bytes
