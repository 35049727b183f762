stub: upstream file of 19758 bytes
