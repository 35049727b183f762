stub: upstream file of 13879 bytes
