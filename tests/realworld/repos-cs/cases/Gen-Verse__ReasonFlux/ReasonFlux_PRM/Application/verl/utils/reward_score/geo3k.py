stub: upstream file of 1225 bytes
