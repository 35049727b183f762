stub: upstream file of 15082 bytes
