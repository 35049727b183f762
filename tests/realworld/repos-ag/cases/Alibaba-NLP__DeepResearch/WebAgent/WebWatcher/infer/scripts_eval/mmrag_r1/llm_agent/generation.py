stub: upstream file of 33879 bytes
