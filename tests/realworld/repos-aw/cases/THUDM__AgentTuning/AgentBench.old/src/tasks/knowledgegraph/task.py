stub: upstream file of 18205 bytes
