stub: upstream file of 16994 bytes
