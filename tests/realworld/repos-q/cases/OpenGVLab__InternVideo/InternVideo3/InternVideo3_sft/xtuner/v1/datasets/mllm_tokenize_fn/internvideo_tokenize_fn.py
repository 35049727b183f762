stub: upstream file of 47077 bytes
