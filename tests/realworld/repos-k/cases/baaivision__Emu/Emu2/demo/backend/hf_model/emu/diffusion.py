stub: upstream file of 16837 bytes
