stub: upstream file of 12058 bytes
