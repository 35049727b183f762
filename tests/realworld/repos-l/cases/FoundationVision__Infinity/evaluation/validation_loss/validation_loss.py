stub: upstream file of 8852 bytes
