stub: upstream file of 30193 bytes
