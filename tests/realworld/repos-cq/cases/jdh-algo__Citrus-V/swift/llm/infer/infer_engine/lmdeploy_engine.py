stub: upstream file of 15425 bytes
