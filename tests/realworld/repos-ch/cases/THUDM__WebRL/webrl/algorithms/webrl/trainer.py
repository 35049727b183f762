stub: upstream file of 23675 bytes
