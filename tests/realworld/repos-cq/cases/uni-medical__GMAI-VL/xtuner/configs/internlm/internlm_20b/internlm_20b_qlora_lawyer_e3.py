stub: upstream file of 8042 bytes
