stub: upstream file of 16031 bytes
