stub: upstream file of 84488 bytes
