stub: upstream file of 15450 bytes
