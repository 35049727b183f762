stub: upstream file of 19431 bytes
