stub: upstream file of 7301 bytes
