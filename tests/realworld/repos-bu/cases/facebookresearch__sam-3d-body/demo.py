stub: upstream file of 5932 bytes
