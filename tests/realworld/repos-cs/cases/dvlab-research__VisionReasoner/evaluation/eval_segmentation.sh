stub: upstream file of 1193 bytes
