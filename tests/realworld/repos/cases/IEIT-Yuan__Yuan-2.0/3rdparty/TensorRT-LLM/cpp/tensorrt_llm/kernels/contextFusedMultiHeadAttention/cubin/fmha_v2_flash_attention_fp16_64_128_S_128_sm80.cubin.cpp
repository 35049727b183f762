stub: upstream file of 798820 bytes
