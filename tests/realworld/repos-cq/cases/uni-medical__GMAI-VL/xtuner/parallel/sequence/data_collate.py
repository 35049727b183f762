stub: upstream file of 1773 bytes
