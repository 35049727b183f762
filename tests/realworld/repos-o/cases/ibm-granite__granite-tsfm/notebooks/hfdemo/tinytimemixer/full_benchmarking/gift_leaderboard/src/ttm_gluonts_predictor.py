stub: upstream file of 41261 bytes
