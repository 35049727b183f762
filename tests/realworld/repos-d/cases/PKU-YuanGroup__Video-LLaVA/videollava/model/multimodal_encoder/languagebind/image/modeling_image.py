stub: upstream file of 44612 bytes
