stub: upstream file of 14186 bytes
