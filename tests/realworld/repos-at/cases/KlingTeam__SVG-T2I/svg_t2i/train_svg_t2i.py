stub: upstream file of 41843 bytes
