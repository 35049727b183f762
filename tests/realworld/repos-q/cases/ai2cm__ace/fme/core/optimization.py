stub: upstream file of 17746 bytes
