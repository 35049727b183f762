stub: upstream file of 4879 bytes
