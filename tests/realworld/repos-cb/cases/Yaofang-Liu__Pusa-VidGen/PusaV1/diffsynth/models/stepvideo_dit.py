stub: upstream file of 33689 bytes
