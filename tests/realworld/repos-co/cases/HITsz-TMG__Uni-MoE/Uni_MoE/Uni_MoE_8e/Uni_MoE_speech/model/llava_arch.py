stub: upstream file of 26080 bytes
