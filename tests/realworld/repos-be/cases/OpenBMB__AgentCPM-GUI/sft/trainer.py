stub: upstream file of 10670 bytes
