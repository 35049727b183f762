stub: upstream file of 1259 bytes
