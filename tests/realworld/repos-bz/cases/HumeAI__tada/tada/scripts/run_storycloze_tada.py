stub: upstream file of 3084 bytes
