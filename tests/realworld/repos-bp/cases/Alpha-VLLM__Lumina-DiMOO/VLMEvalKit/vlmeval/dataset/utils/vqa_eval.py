stub: upstream file of 12684 bytes
