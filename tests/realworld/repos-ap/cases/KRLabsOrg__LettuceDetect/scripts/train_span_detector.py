stub: upstream file of 10314 bytes
