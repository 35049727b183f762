stub: upstream file of 29239 bytes
