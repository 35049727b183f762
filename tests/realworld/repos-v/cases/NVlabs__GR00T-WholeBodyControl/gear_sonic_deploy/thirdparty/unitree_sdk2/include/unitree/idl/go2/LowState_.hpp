stub: upstream file of 64027 bytes
