stub: upstream file of 15560 bytes
