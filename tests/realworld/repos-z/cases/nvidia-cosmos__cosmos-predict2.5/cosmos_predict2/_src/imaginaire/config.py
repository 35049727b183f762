stub: upstream file of 15710 bytes
