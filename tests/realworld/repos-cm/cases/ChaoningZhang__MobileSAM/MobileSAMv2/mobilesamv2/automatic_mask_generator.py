stub: upstream file of 17134 bytes
