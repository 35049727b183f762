stub: upstream file of 26044 bytes
