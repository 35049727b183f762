stub: upstream file of 20879 bytes
