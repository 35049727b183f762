stub: upstream file of 9364 bytes
