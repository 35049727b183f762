stub: upstream file of 11859 bytes
