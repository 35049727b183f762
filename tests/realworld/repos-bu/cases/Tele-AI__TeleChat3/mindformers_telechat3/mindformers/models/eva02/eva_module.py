stub: upstream file of 19841 bytes
