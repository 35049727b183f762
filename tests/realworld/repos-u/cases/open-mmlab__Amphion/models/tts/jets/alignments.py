stub: upstream file of 16110 bytes
