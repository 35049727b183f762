stub: upstream file of 10703 bytes
