stub: upstream file of 3553 bytes
