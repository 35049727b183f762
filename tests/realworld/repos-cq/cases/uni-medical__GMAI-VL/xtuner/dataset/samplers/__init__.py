stub: upstream file of 193 bytes
