stub: upstream file of 24632 bytes
