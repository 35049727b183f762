stub: upstream file of 12084 bytes
