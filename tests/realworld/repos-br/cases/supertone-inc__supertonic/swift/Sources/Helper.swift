stub: upstream file of 27212 bytes
