stub: upstream file of 5743 bytes
