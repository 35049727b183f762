stub: upstream file of 8997 bytes
