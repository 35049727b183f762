stub: upstream file of 60049 bytes
