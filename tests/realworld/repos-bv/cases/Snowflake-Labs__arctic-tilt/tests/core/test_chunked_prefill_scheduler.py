stub: upstream file of 33553 bytes
