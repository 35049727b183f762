stub: upstream file of 14098 bytes
