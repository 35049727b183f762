stub: upstream file of 21852 bytes
