stub: upstream file of 684 bytes
