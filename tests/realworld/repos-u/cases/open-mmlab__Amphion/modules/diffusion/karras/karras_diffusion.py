stub: upstream file of 29448 bytes
