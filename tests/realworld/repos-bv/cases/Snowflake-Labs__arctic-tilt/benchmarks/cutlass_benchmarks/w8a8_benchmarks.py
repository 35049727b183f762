stub: upstream file of 13928 bytes
