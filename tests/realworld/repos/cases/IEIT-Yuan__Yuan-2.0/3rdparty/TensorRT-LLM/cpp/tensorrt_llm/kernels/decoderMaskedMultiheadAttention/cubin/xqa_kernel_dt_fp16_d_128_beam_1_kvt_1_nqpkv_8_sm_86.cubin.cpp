stub: upstream file of 156199 bytes
