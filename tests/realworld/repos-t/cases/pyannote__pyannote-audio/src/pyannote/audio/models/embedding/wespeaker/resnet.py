stub: upstream file of 15434 bytes
