stub: upstream file of 17177 bytes
