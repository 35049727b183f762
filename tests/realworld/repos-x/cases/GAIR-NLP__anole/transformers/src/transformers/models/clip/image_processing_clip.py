stub: upstream file of 16852 bytes
