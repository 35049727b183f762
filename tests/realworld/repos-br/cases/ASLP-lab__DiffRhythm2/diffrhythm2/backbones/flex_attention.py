stub: upstream file of 8799 bytes
