stub: upstream file of 311778 bytes
