stub: upstream file of 16020 bytes
