stub: upstream file of 21872 bytes
