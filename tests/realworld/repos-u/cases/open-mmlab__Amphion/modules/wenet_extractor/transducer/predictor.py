stub: upstream file of 16173 bytes
