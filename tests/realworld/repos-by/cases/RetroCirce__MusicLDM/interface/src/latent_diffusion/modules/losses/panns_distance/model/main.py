stub: upstream file of 14159 bytes
