stub: upstream file of 39852 bytes
