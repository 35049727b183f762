stub: upstream file of 40852 bytes
