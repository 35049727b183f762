stub: upstream file of 11852 bytes
