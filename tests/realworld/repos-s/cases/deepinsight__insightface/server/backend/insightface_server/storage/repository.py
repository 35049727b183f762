stub: upstream file of 54152 bytes
