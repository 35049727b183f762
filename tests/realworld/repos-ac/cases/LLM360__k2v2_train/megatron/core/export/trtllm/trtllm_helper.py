stub: upstream file of 27852 bytes
