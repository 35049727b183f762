stub: upstream file of 19256 bytes
