stub: upstream file of 14044 bytes
