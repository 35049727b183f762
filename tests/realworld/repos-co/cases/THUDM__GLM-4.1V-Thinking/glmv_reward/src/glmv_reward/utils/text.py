stub: upstream file of 7852 bytes
