stub: upstream file of 7138 bytes
