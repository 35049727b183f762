stub: upstream file of 13746 bytes
