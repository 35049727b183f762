stub: upstream file of 105773 bytes
