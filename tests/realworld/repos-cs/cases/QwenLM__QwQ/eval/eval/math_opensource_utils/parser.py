stub: upstream file of 22793 bytes
