stub: upstream file of 8854 bytes
