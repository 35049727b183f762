stub: upstream file of 5826 bytes
