stub: upstream file of 16193 bytes
