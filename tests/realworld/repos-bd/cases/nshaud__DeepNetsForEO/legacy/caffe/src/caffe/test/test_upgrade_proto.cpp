stub: upstream file of 73058 bytes
