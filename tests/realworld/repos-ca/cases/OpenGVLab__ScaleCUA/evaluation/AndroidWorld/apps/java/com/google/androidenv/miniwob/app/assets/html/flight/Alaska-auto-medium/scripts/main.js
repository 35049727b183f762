stub: upstream file of 45431 bytes
