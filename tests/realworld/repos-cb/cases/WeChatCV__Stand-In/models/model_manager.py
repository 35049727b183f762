stub: upstream file of 22329 bytes
