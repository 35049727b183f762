stub: upstream file of 14964 bytes
