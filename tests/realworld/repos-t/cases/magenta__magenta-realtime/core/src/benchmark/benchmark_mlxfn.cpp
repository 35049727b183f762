stub: upstream file of 19217 bytes
