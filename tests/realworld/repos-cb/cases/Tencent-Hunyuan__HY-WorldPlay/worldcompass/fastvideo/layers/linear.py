stub: upstream file of 41773 bytes
