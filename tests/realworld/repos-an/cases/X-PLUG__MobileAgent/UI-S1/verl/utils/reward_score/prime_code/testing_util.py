stub: upstream file of 25225 bytes
