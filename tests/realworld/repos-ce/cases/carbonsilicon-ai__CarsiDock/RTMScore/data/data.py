stub: upstream file of 6768 bytes
