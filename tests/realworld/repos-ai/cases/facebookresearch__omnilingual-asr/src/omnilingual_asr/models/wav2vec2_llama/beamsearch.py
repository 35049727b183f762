stub: upstream file of 22198 bytes
