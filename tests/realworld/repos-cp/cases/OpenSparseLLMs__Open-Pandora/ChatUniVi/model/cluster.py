stub: upstream file of 10839 bytes
