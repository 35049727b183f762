stub: upstream file of 41115 bytes
