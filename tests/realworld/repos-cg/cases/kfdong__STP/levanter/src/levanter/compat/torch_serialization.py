stub: upstream file of 19021 bytes
