stub: upstream file of 5670 bytes
