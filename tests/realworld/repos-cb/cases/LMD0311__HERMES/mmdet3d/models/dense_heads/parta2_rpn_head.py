stub: upstream file of 13852 bytes
