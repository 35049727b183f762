stub: upstream file of 299198 bytes
