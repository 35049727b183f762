stub: upstream file of 3858 bytes
