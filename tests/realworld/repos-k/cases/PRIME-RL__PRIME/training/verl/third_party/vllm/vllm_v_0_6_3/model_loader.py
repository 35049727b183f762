stub: upstream file of 14235 bytes
