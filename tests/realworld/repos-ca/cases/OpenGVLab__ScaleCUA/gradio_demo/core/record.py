stub: upstream file of 14953 bytes
