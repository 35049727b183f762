stub: upstream file of 126964 bytes
