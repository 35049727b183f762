stub: upstream file of 11209 bytes
