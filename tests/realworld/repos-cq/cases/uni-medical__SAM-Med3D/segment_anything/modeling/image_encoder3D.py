stub: upstream file of 16941 bytes
