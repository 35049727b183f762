stub: upstream file of 19092 bytes
