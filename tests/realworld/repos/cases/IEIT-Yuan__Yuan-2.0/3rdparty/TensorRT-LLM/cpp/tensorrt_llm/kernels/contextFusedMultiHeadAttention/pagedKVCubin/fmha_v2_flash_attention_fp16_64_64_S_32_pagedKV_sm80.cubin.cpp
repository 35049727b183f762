stub: upstream file of 381288 bytes
