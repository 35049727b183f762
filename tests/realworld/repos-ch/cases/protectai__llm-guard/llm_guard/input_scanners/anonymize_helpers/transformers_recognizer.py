stub: upstream file of 12852 bytes
