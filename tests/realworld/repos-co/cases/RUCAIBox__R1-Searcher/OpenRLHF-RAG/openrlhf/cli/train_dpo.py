stub: upstream file of 11553 bytes
