stub: upstream file of 35773 bytes
