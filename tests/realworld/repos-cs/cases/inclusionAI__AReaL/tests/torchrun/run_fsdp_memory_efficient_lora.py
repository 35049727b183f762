stub: upstream file of 4722 bytes
