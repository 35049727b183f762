stub: upstream file of 15693 bytes
