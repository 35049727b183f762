stub: upstream file of 19080 bytes
