stub: upstream file of 20703 bytes
