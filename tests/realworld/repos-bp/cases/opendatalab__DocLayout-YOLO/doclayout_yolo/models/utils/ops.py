stub: upstream file of 13250 bytes
