stub: upstream file of 10177 bytes
