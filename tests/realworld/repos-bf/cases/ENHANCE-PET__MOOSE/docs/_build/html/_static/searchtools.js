stub: upstream file of 18215 bytes
