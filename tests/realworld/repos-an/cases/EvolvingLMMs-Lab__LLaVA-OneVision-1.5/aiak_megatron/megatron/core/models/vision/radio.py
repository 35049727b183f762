stub: upstream file of 12133 bytes
