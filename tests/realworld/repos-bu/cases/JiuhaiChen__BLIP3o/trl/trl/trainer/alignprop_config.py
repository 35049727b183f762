stub: upstream file of 10196 bytes
