stub: upstream file of 40844 bytes
