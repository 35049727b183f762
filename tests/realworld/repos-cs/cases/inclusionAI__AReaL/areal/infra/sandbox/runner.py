stub: upstream file of 12138 bytes
