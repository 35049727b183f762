stub: upstream file of 15080 bytes
