stub: upstream file of 41567 bytes
