stub: upstream file of 15898 bytes
