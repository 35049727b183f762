stub: upstream file of 8153 bytes
