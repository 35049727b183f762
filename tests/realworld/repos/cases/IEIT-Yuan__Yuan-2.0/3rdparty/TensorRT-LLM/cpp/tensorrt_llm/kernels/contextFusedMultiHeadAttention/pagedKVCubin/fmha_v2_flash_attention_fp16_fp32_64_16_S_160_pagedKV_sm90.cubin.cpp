stub: upstream file of 484654 bytes
