stub: upstream file of 13773 bytes
