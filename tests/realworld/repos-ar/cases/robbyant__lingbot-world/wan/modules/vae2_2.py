stub: upstream file of 31773 bytes
