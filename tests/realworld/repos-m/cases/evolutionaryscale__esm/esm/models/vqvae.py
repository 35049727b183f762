stub: upstream file of 15902 bytes
