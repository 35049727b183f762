stub: upstream file of 34844 bytes
