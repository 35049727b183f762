stub: upstream file of 11165 bytes
