stub: upstream file of 90762 bytes
