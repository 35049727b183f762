stub: upstream file of 18535 bytes
