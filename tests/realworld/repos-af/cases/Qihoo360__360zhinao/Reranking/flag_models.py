stub: upstream file of 18651 bytes
