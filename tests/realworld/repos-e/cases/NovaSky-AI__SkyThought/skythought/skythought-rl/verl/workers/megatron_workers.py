stub: upstream file of 37099 bytes
