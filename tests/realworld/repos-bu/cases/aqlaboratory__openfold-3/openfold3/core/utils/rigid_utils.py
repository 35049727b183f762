stub: upstream file of 41852 bytes
