stub: upstream file of 20142 bytes
