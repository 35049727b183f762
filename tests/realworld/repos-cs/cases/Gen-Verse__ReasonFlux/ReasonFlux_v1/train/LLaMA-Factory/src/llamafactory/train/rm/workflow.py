stub: upstream file of 3844 bytes
