stub: upstream file of 3852 bytes
