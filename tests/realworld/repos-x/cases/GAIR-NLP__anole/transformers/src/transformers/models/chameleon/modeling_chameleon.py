stub: upstream file of 92135 bytes
