stub: upstream file of 14125 bytes
