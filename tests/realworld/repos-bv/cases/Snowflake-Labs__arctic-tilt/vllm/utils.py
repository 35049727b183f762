stub: upstream file of 85825 bytes
