stub: upstream file of 12892 bytes
