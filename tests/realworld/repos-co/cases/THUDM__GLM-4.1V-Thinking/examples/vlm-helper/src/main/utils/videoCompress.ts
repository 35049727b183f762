stub: upstream file of 18443 bytes
