stub: upstream file of 852 bytes
