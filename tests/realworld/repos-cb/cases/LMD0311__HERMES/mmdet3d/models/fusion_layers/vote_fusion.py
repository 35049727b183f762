stub: upstream file of 8945 bytes
