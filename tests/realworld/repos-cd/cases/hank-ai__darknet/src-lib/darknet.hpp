stub: upstream file of 29157 bytes
