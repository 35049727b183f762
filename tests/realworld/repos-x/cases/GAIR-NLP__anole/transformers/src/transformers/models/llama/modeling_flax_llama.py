stub: upstream file of 30832 bytes
