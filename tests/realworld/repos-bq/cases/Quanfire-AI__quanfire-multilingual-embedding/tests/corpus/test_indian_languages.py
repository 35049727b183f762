stub: upstream file of 7862 bytes
