stub: upstream file of 24728 bytes
