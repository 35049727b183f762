stub: upstream file of 10240 bytes
