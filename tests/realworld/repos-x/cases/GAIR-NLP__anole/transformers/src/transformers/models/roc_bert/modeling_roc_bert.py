stub: upstream file of 93182 bytes
