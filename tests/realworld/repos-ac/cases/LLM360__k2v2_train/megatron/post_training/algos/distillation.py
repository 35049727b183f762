stub: upstream file of 17018 bytes
