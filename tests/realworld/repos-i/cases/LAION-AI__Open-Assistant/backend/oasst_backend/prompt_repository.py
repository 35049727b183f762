stub: upstream file of 58799 bytes
