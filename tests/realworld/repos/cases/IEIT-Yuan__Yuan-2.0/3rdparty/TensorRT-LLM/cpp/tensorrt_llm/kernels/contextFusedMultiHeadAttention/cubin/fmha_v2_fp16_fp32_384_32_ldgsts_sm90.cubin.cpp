stub: upstream file of 1259720 bytes
