stub: upstream file of 8836 bytes
