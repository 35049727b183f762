stub: upstream file of 5852 bytes
