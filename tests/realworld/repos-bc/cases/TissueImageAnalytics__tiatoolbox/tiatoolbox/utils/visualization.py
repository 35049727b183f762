stub: upstream file of 41718 bytes
