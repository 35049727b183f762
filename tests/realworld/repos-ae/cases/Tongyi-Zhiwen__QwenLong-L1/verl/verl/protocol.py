stub: upstream file of 29844 bytes
