stub: upstream file of 12209 bytes
