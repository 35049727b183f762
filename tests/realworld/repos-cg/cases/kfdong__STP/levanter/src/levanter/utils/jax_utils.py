stub: upstream file of 11157 bytes
