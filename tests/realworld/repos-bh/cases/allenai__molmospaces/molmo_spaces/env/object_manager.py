stub: upstream file of 65852 bytes
