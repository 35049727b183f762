stub: upstream file of 80768 bytes
