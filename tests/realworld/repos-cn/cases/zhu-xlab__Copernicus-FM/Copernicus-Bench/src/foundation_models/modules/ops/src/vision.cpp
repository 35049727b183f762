stub: upstream file of 799 bytes
