stub: upstream file of 10084 bytes
