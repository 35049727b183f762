stub: upstream file of 17844 bytes
