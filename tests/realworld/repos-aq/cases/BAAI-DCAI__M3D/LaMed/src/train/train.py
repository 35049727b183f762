stub: upstream file of 16906 bytes
