stub: upstream file of 15557 bytes
