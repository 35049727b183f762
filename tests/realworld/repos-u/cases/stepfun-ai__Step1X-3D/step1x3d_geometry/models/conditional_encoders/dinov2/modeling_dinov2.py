stub: upstream file of 37805 bytes
