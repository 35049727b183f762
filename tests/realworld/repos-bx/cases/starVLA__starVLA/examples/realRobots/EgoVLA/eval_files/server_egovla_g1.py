stub: upstream file of 2852 bytes
