stub: upstream file of 43091 bytes
