stub: upstream file of 15466 bytes
