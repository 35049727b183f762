stub: upstream file of 31152 bytes
