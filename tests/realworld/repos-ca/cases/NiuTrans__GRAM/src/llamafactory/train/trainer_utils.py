stub: upstream file of 29773 bytes
