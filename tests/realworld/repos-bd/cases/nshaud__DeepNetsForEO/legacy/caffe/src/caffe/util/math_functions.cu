stub: upstream file of 13848 bytes
