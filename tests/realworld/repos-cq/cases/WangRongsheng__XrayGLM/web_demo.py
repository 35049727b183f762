stub: upstream file of 6773 bytes
