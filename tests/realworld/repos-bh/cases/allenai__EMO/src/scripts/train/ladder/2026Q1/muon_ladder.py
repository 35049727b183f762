stub: upstream file of 6852 bytes
