stub: upstream file of 4077 bytes
