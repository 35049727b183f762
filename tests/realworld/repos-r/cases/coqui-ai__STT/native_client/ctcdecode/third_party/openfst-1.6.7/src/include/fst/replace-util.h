stub: upstream file of 22749 bytes
