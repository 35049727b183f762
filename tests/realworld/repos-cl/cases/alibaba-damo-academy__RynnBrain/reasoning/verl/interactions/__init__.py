stub: upstream file of 688 bytes
