stub: upstream file of 24154 bytes
