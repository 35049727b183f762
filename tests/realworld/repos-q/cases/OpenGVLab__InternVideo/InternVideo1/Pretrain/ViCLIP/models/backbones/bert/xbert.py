stub: upstream file of 89852 bytes
