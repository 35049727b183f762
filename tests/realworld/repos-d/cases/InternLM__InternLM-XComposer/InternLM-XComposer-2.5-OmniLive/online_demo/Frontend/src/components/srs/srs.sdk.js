stub: upstream file of 28804 bytes
