stub: upstream file of 8754 bytes
