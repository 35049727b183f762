stub: upstream file of 9852 bytes
