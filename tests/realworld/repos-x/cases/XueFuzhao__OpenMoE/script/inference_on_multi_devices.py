stub: upstream file of 10959 bytes
