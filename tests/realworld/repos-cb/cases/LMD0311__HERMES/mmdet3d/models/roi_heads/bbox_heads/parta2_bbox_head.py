stub: upstream file of 25032 bytes
