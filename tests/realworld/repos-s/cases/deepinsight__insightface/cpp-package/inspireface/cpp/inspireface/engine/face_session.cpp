stub: upstream file of 19426 bytes
