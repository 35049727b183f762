stub: upstream file of 4225 bytes
