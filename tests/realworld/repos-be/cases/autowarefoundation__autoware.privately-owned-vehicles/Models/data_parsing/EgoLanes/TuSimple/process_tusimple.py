stub: upstream file of 15337 bytes
