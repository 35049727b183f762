stub: upstream file of 11177 bytes
