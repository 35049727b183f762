stub: upstream file of 1844 bytes
