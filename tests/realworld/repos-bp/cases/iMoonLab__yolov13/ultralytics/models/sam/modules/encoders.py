stub: upstream file of 34852 bytes
