stub: upstream file of 10831 bytes
