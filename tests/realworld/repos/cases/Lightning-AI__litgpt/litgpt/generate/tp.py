stub: upstream file of 11653 bytes
