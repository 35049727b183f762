stub: upstream file of 10270 bytes
