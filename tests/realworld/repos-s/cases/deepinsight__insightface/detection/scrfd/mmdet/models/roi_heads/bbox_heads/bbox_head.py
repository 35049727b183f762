stub: upstream file of 13684 bytes
