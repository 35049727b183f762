stub: upstream file of 74193 bytes
