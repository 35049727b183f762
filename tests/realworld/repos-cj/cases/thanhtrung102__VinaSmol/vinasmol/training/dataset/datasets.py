stub: upstream file of 12896 bytes
