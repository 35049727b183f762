stub: upstream file of 23852 bytes
