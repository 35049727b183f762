stub: upstream file of 14852 bytes
