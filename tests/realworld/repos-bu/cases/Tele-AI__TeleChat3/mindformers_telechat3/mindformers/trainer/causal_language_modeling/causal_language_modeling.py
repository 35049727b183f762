stub: upstream file of 21879 bytes
