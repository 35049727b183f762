stub: upstream file of 5058 bytes
