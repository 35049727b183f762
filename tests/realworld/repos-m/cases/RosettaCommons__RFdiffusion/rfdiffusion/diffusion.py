stub: upstream file of 23949 bytes
