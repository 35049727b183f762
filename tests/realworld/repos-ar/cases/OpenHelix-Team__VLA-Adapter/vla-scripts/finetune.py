stub: upstream file of 45754 bytes
