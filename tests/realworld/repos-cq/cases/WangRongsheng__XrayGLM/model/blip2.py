stub: upstream file of 3748 bytes
