stub: upstream file of 47082 bytes
