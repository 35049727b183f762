stub: upstream file of 8683 bytes
