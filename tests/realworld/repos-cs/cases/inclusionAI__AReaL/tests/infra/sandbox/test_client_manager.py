stub: upstream file of 2684 bytes
