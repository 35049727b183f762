stub: upstream file of 21022 bytes
