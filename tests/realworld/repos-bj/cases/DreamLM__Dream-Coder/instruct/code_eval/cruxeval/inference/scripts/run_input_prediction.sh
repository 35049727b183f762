stub: upstream file of 2844 bytes
