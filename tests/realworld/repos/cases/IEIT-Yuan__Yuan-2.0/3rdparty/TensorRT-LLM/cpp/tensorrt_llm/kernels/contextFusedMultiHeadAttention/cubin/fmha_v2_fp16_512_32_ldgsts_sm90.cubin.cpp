stub: upstream file of 1610964 bytes
