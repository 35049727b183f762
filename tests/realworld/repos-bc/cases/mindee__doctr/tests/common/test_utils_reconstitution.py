stub: upstream file of 30844 bytes
