stub: upstream file of 65869 bytes
