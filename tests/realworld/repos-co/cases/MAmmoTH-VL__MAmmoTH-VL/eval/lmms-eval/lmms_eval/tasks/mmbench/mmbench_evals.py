stub: upstream file of 12159 bytes
