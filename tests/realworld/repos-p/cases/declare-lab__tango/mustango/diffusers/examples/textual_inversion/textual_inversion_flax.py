stub: upstream file of 25670 bytes
