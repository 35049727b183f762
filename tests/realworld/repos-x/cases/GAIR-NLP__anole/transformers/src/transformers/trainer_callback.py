stub: upstream file of 29914 bytes
