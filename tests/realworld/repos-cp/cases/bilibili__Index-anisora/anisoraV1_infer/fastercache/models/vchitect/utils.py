stub: upstream file of 8426 bytes
