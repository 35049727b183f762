stub: upstream file of 4018 bytes
