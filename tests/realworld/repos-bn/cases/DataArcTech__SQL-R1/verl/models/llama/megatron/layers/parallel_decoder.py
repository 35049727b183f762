stub: upstream file of 6036 bytes
