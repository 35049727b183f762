stub: upstream file of 15758 bytes
