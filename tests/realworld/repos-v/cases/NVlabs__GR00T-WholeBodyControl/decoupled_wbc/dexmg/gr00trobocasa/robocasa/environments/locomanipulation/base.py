stub: upstream file of 60852 bytes
