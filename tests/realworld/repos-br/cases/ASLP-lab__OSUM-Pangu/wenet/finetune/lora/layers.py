stub: upstream file of 13402 bytes
