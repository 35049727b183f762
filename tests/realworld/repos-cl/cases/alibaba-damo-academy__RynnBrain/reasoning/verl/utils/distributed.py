stub: upstream file of 3079 bytes
