stub: upstream file of 78852 bytes
