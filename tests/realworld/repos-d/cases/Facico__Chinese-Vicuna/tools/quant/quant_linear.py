stub: upstream file of 19669 bytes
