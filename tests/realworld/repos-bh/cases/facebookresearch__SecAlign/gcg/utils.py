stub: upstream file of 18824 bytes
