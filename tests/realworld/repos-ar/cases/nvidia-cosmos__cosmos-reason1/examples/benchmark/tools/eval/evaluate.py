stub: upstream file of 27966 bytes
