stub: upstream file of 49186 bytes
