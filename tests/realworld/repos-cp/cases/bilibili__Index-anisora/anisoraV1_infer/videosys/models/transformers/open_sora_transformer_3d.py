stub: upstream file of 22991 bytes
