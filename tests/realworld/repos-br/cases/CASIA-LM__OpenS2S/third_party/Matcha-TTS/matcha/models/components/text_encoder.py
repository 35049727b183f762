stub: upstream file of 14845 bytes
