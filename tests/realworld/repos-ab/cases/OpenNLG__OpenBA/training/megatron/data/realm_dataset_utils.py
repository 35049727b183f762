stub: upstream file of 7553 bytes
