stub: upstream file of 7799 bytes
