stub: upstream file of 105864 bytes
