stub: upstream file of 14939 bytes
