stub: upstream file of 49795 bytes
