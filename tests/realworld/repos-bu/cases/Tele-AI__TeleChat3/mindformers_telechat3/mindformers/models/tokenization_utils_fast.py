stub: upstream file of 43520 bytes
